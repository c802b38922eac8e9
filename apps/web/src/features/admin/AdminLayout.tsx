import { Link, Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';

const SECTIONS = [
  { to: '/admin/equipment-types', label: 'Equipment types' },
  { to: '/admin/equipment', label: 'Equipment' },
  { to: '/admin/drivers', label: 'Drivers' },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/audit', label: 'Audit log' },
  { to: '/admin/settings', label: 'Tenant settings' },
  { to: '/admin/identity', label: 'Identity provider' },
] as const;

/** The admin area: a section list beside (or above, on a phone) the section shown. */
export function AdminLayout() {
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-4 p-3 sm:p-4 lg:flex-row">
      <nav aria-label="Admin" className="lg:w-52 lg:shrink-0">
        <ul className="flex gap-1 overflow-x-auto lg:flex-col">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <Link
                to={section.to}
                className="block rounded-md px-3 py-1.5 text-sm whitespace-nowrap text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
                activeProps={{ className: 'bg-slate-200 font-medium text-slate-900', 'aria-current': 'page' }}
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  );
}

/** A section's heading and the actions beside it. */
export function SectionHeader({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
      <h1 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h1>
      {children && <div className="flex gap-2">{children}</div>}
    </div>
  );
}

export const tableClass = 'w-full border-collapse text-left text-sm';
export const thClass = 'border-b border-slate-300 px-2 py-2 font-medium text-slate-700';
export const tdClass = 'border-b border-slate-200 px-2 py-2 align-top';
