import { z } from 'zod';

/** The same limits the API applies, checked as the user types; the API still has the last word. */
export const workOrderFormSchema = z.object({
  title: z.string().trim().min(1, 'Give the job a title').max(200, 'At most 200 characters'),
  siteAddress: z.string().trim().min(1, 'Where is the site?').max(500, 'At most 500 characters'),
  region: z.string().trim().min(1, 'Which region?').max(100, 'At most 100 characters'),
  notes: z.string().max(4000, 'At most 4000 characters'),
});

export type WorkOrderForm = z.infer<typeof workOrderFormSchema>;
export type FormErrors = Partial<Record<keyof WorkOrderForm, string>>;

export function validateWorkOrder(values: WorkOrderForm): FormErrors {
  const result = workOrderFormSchema.safeParse(values);
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof WorkOrderForm;
    errors[field] ??= issue.message;
  }
  return errors;
}
