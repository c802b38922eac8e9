import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Badge } from '../../ui/Badge';
import { Field, inputClass } from '../../ui/Field';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { useNow } from '../../ui/use-now';
import { adminQueries } from './admin-queries';
import { SectionHeader, tableClass, tdClass, thClass } from './AdminLayout';
import { formatDateTime } from './dates';

/** An access review goes stale after this long without a sign-in. */
const STALE_DAYS = 90;

/** Users and roles with their last sign-in: who can do what here, and who has not used it lately. */
export function UsersPage() {
  const { role } = useSearch({ from: '/admin/users' });
  const navigate = useNavigate({ from: '/admin/users' });
  const query = useQuery(adminQueries.users(role));
  const now = useNow(60_000);
  return (
    <section aria-labelledby="users-heading">
      <SectionHeader id="users-heading" title="Users and roles" />
      <p className="mb-3 text-sm text-slate-700">
        Roles come from your identity provider; a user appears here after their first sign-in.
      </p>
      <div className="mb-3 max-w-xs">
        <Field label="Role">
          <select
            className={inputClass}
            value={role ?? ''}
            onChange={(e) =>
              void navigate({
                search: { role: (e.target.value || undefined) as typeof role },
                replace: true,
              })
            }
          >
            <option value="">All roles</option>
            <option value="admin">Admin</option>
            <option value="dispatcher">Dispatcher</option>
            <option value="driver">Driver</option>
            <option value="viewer">Viewer</option>
          </select>
        </Field>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty title="No users yet" />
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <thead>
              <tr>
                <th className={thClass}>Name</th>
                <th className={thClass}>Email</th>
                <th className={thClass}>Roles</th>
                <th className={thClass}>Region</th>
                <th className={thClass}>Last sign-in</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((user) => {
                const last = user.lastSignInAt ?? user.lastSeenAt;
                const stale = now - new Date(last).getTime() > STALE_DAYS * 86_400_000;
                return (
                  <tr key={user.id}>
                    <td className={`${tdClass} font-medium`}>{user.name}</td>
                    <td className={tdClass}>{user.email ?? '—'}</td>
                    <td className={tdClass}>{user.roles.join(', ') || 'none'}</td>
                    <td className={tdClass}>{user.region ?? 'all regions'}</td>
                    <td className={tdClass}>
                      <span className="flex flex-wrap items-center gap-1">
                        {formatDateTime(user.lastSignInAt)}
                        {stale && <Badge tone="warning">Not seen for {STALE_DAYS}+ days</Badge>}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
