import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors, isApiError } from '../../api/problem';

/**
 * A form's submit: the mutation, the API's field errors keyed by field (shown on the fields), and a form-level
 * message when the API named no field. Editing a field clears its server error.
 */
export function useApiForm<V, R>(mutationFn: (values: V) => Promise<R>, onSuccess: (result: R) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn,
    onMutate: () => {
      setErrors({});
      setFormError(null);
    },
    onSuccess,
    onError: (error) => {
      if (!isApiError(error)) return setFormError(error.message);
      const byField = fieldErrors(error.problem);
      setErrors(byField);
      setFormError(Object.keys(byField).length > 0 ? null : error.problem.detail || error.problem.title);
    },
  });
  const clear = (field: string) =>
    setErrors((prev) => {
      if (!(field in prev)) return prev;
      const { [field]: _dropped, ...rest } = prev;
      return rest;
    });
  return { mutation, errors, formError, clear };
}
