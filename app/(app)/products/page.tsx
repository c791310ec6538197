import { Catalog } from './Catalog';

export default function ProductsPage() {
  return <Catalog />;
}
