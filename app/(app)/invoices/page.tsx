import { InvoiceList } from './InvoiceList';

export default function InvoicesPage() {
  return <InvoiceList />;
}
