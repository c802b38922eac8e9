import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui/Button';

/**
 * A chart with its data as a table: a two-button toggle (aria-pressed) switches between them, so the figures
 * are readable without the picture. The chart gets the container's width.
 */
export function ChartOrTable({
  id,
  title,
  description,
  chart,
  table,
}: {
  id: string;
  title: string;
  description: string;
  chart: (width: number) => ReactNode;
  table: ReactNode;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="font-semibold">
            {title}
          </h2>
          <p id={`${id}-desc`} className="text-sm text-slate-600">
            {description}
          </p>
        </div>
        <div role="group" aria-label={`${title}: show as`} className="flex gap-1">
          <Button size="sm" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            Chart
          </Button>
          <Button size="sm" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </Button>
        </div>
      </div>
      <div ref={ref}>
        {view === 'chart' ? (
          <figure role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
            {chart(width)}
          </figure>
        ) : (
          <div className="overflow-x-auto">{table}</div>
        )}
      </div>
    </section>
  );
}

function useWidth(ref: React.RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
