import type { ReactNode } from 'react';
import { cn } from './cn';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';
const tones: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-800 border-slate-300',
  info: 'bg-blue-50 text-blue-900 border-blue-300',
  success: 'bg-green-50 text-green-900 border-green-300',
  warning: 'bg-amber-50 text-amber-900 border-amber-300',
  danger: 'bg-red-50 text-red-900 border-red-300',
};

/** A status label: always text (colour is never the only signal), tone only reinforces it. */
export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap',
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
