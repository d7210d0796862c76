import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { draftArrival } from './draftRestore';
import { trpc } from './trpc';
import { useLeaveGuard } from './useLeaveGuard';

export type AutosaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'failed';

/** Long enough not to send every keystroke, short enough that a reload a moment later loses nothing. */
const autosaveDelayMs = 800;

/**
 * Saves what is typed into `form` on the server as the user types (never validated), brings it back when the page
 * opens again on any device, and guards leaving the page while the form holds unsubmitted edits.
 */
export function useAutosave<T extends FieldValues, TOutput>(
  form: UseFormReturn<T, unknown, TOutput>,
  key: { taskId: string; form: 'plan' | 'report' | 'consolidation' },
) {
  const stored = useQuery({ ...trpc.drafts.get.queryOptions(key), staleTime: 0, gcTime: 0 });
  const save = useMutation(trpc.drafts.save.mutationOptions());
  const [state, setState] = useState<AutosaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [restoredAt, setRestoredAt] = useState<Date | null>(null);
  const isRestored = useRef(false);
  /** The user typed while the saved draft was still on its way. */
  const hasTypedEarly = useRef(false);
  const { mutate } = save;

  // The typing not yet sent: sent when the user pauses, or at once when the page goes away.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; send: () => void } | null>(null);
  const cancelPending = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  };
  const scheduleSave = useRef<(values: unknown) => void>(() => undefined);

  useEffect(() => {
    if (isRestored.current || stored.isPending) return;
    isRestored.current = true;
    const arrival = draftArrival(Boolean(stored.data), hasTypedEarly.current);
    if (arrival === 'keepTyping') scheduleSave.current(form.getValues());
    if (arrival !== 'restore' || !stored.data) return;
    form.reset(stored.data.values as T, { keepDefaultValues: true });
    setRestoredAt(new Date(stored.data.savedAt));
  }, [form, stored.isPending, stored.data]);

  useEffect(() => {
    scheduleSave.current = (values) => {
      setState('waiting');
      const send = () => {
        pending.current = null;
        setState('saving');
        mutate(
          { ...key, values: values as Record<string, unknown> },
          {
            onSuccess: (result) => {
              setState((now) => (now === 'saving' ? 'saved' : now));
              setSavedAt(result.savedAt ? new Date(result.savedAt) : null);
            },
            onError: () => setState('failed'),
          },
        );
      };
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { timer: setTimeout(send, autosaveDelayMs), send };
    };
    const subscription = form.watch((values, { name }) => {
      // A reset (restoring, or after submitting) is not typing.
      if (name === undefined) return;
      if (isRestored.current) scheduleSave.current(values);
      else hasTypedEarly.current = true;
    });
    return () => {
      subscription.unsubscribe();
      const unsent = pending.current;
      cancelPending();
      unsent?.send();
    };
    // key is rebuilt on every render; its parts are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, mutate, key.taskId, key.form]);

  useLeaveGuard({
    isUnsubmitted: form.formState.isDirty,
    isUnsaved: state === 'waiting' || state === 'saving' || state === 'failed',
  });

  /** Once the form is submitted there is no draft left to bring back. */
  const clear = () => {
    cancelPending();
    setState('idle');
    setRestoredAt(null);
    mutate({ ...key, values: null });
  };
  /** The user drops the restored edits: the form shows the submitted content again. */
  const dropRestored = () => {
    form.reset();
    clear();
  };
  return { state, savedAt, restoredAt, clear, dropRestored };
}
