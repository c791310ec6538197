/** EN strings of the notifications area. Keys must match the other language's file. */
export const enNotifications = {
  title: 'Notifications',
  open: 'Notifications, {count, plural, =0 {none unread} one {# unread} other {# unread}}',
  empty: 'Nothing new. You will be told here when something concerns you.',
  markAllRead: 'Mark all read',
  unread: 'Unread',
  close: 'Close',
  someone: 'Someone',
  kinds: {
    approval_requested: '{actor} asks you to approve quote {number}{customer, select, none {} other { for {customer}}}',
    approval_decided: '{decision, select, approved {{actor} approved quote {number}} rejected {{actor} rejected quote {number}} other {{actor} decided on quote {number}}}{note, select, none {} other {: “{note}”}}',
    deal_changed: '{change, select, won {{actor} marked your deal “{title}” as won} lost {{actor} marked your deal “{title}” as lost} moved {{actor} moved your deal “{title}”{probability, select, none {} other { to {probability} %}}} closeDate {{actor} moved the close date of your deal “{title}” to {to}} other {{actor} changed your deal “{title}”}}',
    order_status: 'Order {number}{customer, select, none {} other { ({customer})}} is now {status}',
    invoice_overdue: 'Invoice {number}{customer, select, none {} other { to {customer}}} is overdue{due, select, none {} other { since {due}}}',
    other: 'Something changed',
  },
  orderStatus: {
    entered: 'entered',
    confirmed: 'confirmed',
    partially_delivered: 'partially delivered',
    delivered: 'delivered',
    invoiced: 'invoiced',
    cancelled: 'cancelled',
    other: 'updated',
  },
};
