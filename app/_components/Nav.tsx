'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'use-intl';

type TItem = { href: string; key: string; icon: string };

const main: TItem[] = [{ href: '/', key: 'home', icon: '◧' }];
const boards: TItem[] = [
  { href: '/boards/probability', key: 'probabilityBoard', icon: '▤' },
  { href: '/boards/stage', key: 'stageBoard', icon: '▥' },
  { href: '/boards/invoicing', key: 'invoicingBoard', icon: '▦' },
];
const sales: TItem[] = [
  { href: '/leads', key: 'leads', icon: '◌' },
  { href: '/customers', key: 'customers', icon: '◉' },
  { href: '/quotes', key: 'quotes', icon: '▢' },
  { href: '/orders', key: 'orders', icon: '▣' },
  { href: '/invoices', key: 'invoices', icon: '▤' },
  { href: '/products', key: 'products', icon: '◇' },
];
const rest: TItem[] = [
  { href: '/forecast', key: 'forecast', icon: '◔' },
  { href: '/import', key: 'import', icon: '⇪' },
  { href: '/settings', key: 'settings', icon: '⚙' },
];

/** The sidebar navigation; the current page is marked for screen readers too. */
export function Nav() {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const link = (item: TItem) => {
    const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
    return (
      <Link key={item.href} href={item.href} className={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
        <span className="nav-icon" aria-hidden>{item.icon}</span>
        {t(item.key)}
      </Link>
    );
  };
  return (
    <nav className="nav" aria-label="Main">
      {main.map(link)}
      <div className="nav-group">{t('boards')}</div>
      {boards.map(link)}
      <div className="nav-group">{t('sales')}</div>
      {sales.map(link)}
      <div className="nav-sep" />
      {rest.map(link)}
    </nav>
  );
}
