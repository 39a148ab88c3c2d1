import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * Asks before edits are thrown away by leaving the form: through a link anywhere in the window
 * (side navigation included) or through `leave()` (the form's Cancel). Locking the screen is not
 * stopped: on a shared PC it must always work, and it drops unsaved edits by design.
 */
export function useUnsavedGuard(
  dirty: boolean,
  onDiscard?: () => void,
): { leave(to: string): void; dialog: ReactNode } {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    // Capture phase on the document runs before React's own handlers (router links) see the click.
    const onClick = (e: MouseEvent) => {
      if (!dirtyRef.current || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.('a[href^="#/"]');
      const href = link?.getAttribute('href');
      if (!href || href === window.location.hash) return;
      e.preventDefault();
      e.stopPropagation();
      setPending(href.slice(1));
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  const leave = (to: string) => {
    if (dirtyRef.current) setPending(to);
    else void navigate(to);
  };

  const dialog = (
    <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('residents.unsaved.title')} centered>
      <Text size="sm">{t('residents.unsaved.text')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => setPending(null)} data-autofocus>
          {t('residents.unsaved.stay')}
        </Button>
        <Button
          color="red"
          onClick={() => {
            const to = pending;
            dirtyRef.current = false;
            setPending(null);
            onDiscard?.();
            if (to) void navigate(to);
          }}
        >
          {t('residents.unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
  return { leave, dialog };
}
