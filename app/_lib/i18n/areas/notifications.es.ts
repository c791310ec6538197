/** ES strings of the notifications area. Keys must match the other language's file. */
export const esNotifications = {
  title: 'Notificaciones',
  open: 'Notificaciones, {count, plural, =0 {ninguna sin leer} one {# sin leer} other {# sin leer}}',
  empty: 'Nada nuevo. Aquí verás lo que te afecte.',
  markAllRead: 'Marcar todas como leídas',
  unread: 'Sin leer',
  close: 'Cerrar',
  someone: 'Alguien',
  kinds: {
    approval_requested: '{actor} te pide aprobar la oferta {number}{customer, select, none {} other { para {customer}}}',
    approval_decided: '{decision, select, approved {{actor} ha aprobado la oferta {number}} rejected {{actor} ha rechazado la oferta {number}} other {{actor} ha resuelto la oferta {number}}}{note, select, none {} other {: «{note}»}}',
    deal_changed: '{change, select, won {{actor} ha marcado tu oportunidad «{title}» como ganada} lost {{actor} ha marcado tu oportunidad «{title}» como perdida} moved {{actor} ha movido tu oportunidad «{title}»{probability, select, none {} other { al {probability} %}}} closeDate {{actor} ha movido el cierre previsto de tu oportunidad «{title}» al {to}} other {{actor} ha cambiado tu oportunidad «{title}»}}',
    order_status: 'El pedido {number}{customer, select, none {} other { ({customer})}} está ahora {status}',
    invoice_overdue: 'La factura {number}{customer, select, none {} other { a {customer}}} está vencida{due, select, none {} other { desde el {due}}}',
    other: 'Ha habido un cambio',
  },
  orderStatus: {
    entered: 'registrado',
    confirmed: 'confirmado',
    partially_delivered: 'entregado parcialmente',
    delivered: 'entregado',
    invoiced: 'facturado',
    cancelled: 'anulado',
    other: 'actualizado',
  },
};
