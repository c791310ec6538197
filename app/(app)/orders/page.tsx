import { OrderList } from './OrderList';

export default function OrdersPage() {
  return <OrderList />;
}
