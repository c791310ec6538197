import { CustomerList } from './CustomerList';

export default function CustomersPage() {
  return <CustomerList />;
}
