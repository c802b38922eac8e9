import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import type { Driver, Equipment } from '../../api/types';
import { useMe } from '../../session/me';
import { can } from '../../session/permissions';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { capacityByType } from './capacity';
import { BulkBar, SelectBox, useBulkSelection } from '../../ui/bulk';
import { fleetQueries } from './fleet-queries';

/** Available equipment by type with the free qualified drivers for it, and every driver's shift. */
export function FleetPanel({ driverFilter }: { driverFilter?: ((driver: Driver) => boolean) | undefined }) {
  const [types, equipment, drivers] = useQueries({
    queries: [fleetQueries.types(), fleetQueries.equipment(), fleetQueries.drivers()],
  });
  const failed = [types, equipment, drivers].find((query) => query.isError);
  const loading = types.isPending || equipment.isPending || drivers.isPending;

  return (
    <section aria-labelledby="fleet-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="fleet-heading" className="text-base font-semibold">
        Free capacity
      </h2>
      <div className="mt-2">
        {failed ? (
          <ErrorState
            error={failed.error}
            onRetry={() => void failed.refetch()}
            title="Could not load the fleet"
          />
        ) : loading ? (
          <Loading label="Loading equipment and drivers…" />
        ) : (
          <FleetBody
            types={types.data!.items}
            equipment={equipment.data!.data.items}
            drivers={drivers.data!.data.items}
            driverFilter={driverFilter}
          />
        )}
      </div>
    </section>
  );
}

function FleetBody({
  types,
  equipment,
  drivers,
  driverFilter,
}: {
  types: Parameters<typeof capacityByType>[0];
  equipment: Equipment[];
  drivers: Driver[];
  driverFilter: ((driver: Driver) => boolean) | undefined;
}) {
  const shownDrivers = driverFilter ? drivers.filter(driverFilter) : drivers;
  const me = useMe();
  const client = useQueryClient();
  const bulk = useBulkSelection();
  const mayShift = can(me, 'driver.shift');
  const setShift = (driver: Driver, shiftStatus: 'on_shift' | 'off_shift') =>
    unwrap(api.PATCH('/api/drivers/{id}', { params: { path: { id: driver.id } }, body: { shiftStatus } }));
  const capacity = capacityByType(types, equipment, drivers);
  if (types.length === 0)
    return <Empty title="No equipment types yet">An admin adds the fleet catalogue.</Empty>;
  return (
    <div className="grid gap-4">
      {!driverFilter && (
        <ul className="grid gap-3 sm:grid-cols-2">
          {capacity.map((row) => (
            <li key={row.type.id} className="rounded-md border border-slate-200 p-2">
              <h3 className="text-sm font-semibold">{row.type.name}</h3>
              <p className="text-sm text-slate-700">
                {row.available.length} available · {row.dispatched} dispatched · {row.maintenance.length} in
                maintenance · {row.freeQualifiedDrivers.length} free qualified{' '}
                {row.freeQualifiedDrivers.length === 1 ? 'driver' : 'drivers'}
              </p>
              {row.freeQualifiedDrivers.length > 0 && (
                <p className="text-xs text-slate-600">
                  Free: {row.freeQualifiedDrivers.map((driver) => driver.name).join(', ')}
                </p>
              )}
              <ul className="mt-1 grid gap-1">
                {[...row.available, ...row.maintenance].map((unit) => (
                  <UnitRow key={unit.id} unit={unit} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div>
        <h3 className="text-sm font-semibold">
          {driverFilter ? 'Idle drivers qualified for a waiting request' : 'Drivers'}
        </h3>
        {mayShift && (
          <BulkBar
            items={shownDrivers}
            selected={bulk.selected}
            noun="drivers"
            describe={(driver) => driver.name}
            onDone={() => {
              bulk.clear();
              void client.invalidateQueries({ queryKey: ['drivers', 'list'] });
            }}
            actions={[
              { label: 'End shift', run: async (d) => (await setShift(d, 'off_shift'), 'off shift') },
              { label: 'Start shift', run: async (d) => (await setShift(d, 'on_shift'), 'on shift') },
            ]}
          />
        )}
        {shownDrivers.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="mt-1 grid gap-1">
            {shownDrivers.map((driver) => (
              <DriverRow
                key={driver.id}
                driver={driver}
                selected={bulk.selected.has(driver.id)}
                onToggle={() => bulk.toggle(driver.id)}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function UnitRow({ unit }: { unit: Equipment }) {
  const me = useMe();
  const client = useQueryClient();
  const toMaintenance = unit.status === 'available';
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/equipment/{id}', {
          params: { path: { id: unit.id } },
          body: { status: toMaintenance ? 'maintenance' : 'available' },
        }),
      ),
    onSuccess: (updated) => {
      toast.success(
        `${updated.identifier} is ${updated.status === 'maintenance' ? 'in maintenance' : 'back in service'}`,
      );
      void client.invalidateQueries({ queryKey: ['equipment', 'list'] });
    },
    onError: (error) => toast.error(`${unit.identifier}: ${error.message}`),
  });
  return (
    <li className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-mono">{unit.identifier}</span>
      <span className="text-slate-600">{unit.region}</span>
      {unit.status === 'maintenance' ? (
        <Badge tone="warning">Maintenance</Badge>
      ) : (
        <Badge tone="success">Available</Badge>
      )}
      {can(me, 'equipment.status') && (
        <Button
          size="sm"
          variant="ghost"
          className="ml-auto"
          pending={mutation.isPending}
          onClick={() => mutation.mutate()}
          aria-label={`${toMaintenance ? 'Send to maintenance' : 'Back in service'}: ${unit.identifier}`}
        >
          {toMaintenance ? 'Send to maintenance' : 'Back in service'}
        </Button>
      )}
    </li>
  );
}

function DriverRow({ driver, selected, onToggle }: { driver: Driver; selected: boolean; onToggle(): void }) {
  const me = useMe();
  const client = useQueryClient();
  const onShift = driver.shiftStatus === 'on_shift';
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/drivers/{id}', {
          params: { path: { id: driver.id } },
          body: { shiftStatus: onShift ? 'off_shift' : 'on_shift' },
        }),
      ),
    onSuccess: (updated) => {
      toast.success(`${updated.name} is ${updated.shiftStatus === 'on_shift' ? 'on shift' : 'off shift'}`);
      void client.invalidateQueries({ queryKey: ['drivers', 'list'] });
    },
    onError: (error) => toast.error(`${driver.name}: ${error.message}`),
  });
  return (
    <li className="flex flex-wrap items-center gap-2 text-sm">
      {can(me, 'driver.shift') && (
        <SelectBox checked={selected} onChange={onToggle} label={`Select ${driver.name}`} />
      )}
      <span>{driver.name}</span>
      <span className="text-slate-600">{driver.region}</span>
      <Badge tone={onShift ? 'success' : 'neutral'}>{onShift ? 'On shift' : 'Off shift'}</Badge>
      {driver.activeAssignmentId && <Badge tone="info">Busy</Badge>}
      {can(me, 'driver.shift') && (
        <Button
          size="sm"
          variant="ghost"
          className="ml-auto"
          pending={mutation.isPending}
          onClick={() => mutation.mutate()}
          aria-label={`${onShift ? 'End shift' : 'Start shift'} for ${driver.name}`}
        >
          {onShift ? 'End shift' : 'Start shift'}
        </Button>
      )}
    </li>
  );
}
