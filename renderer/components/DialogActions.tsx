import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  /** "Cancel" unless the dialog says otherwise (Back, Keep the plan…). */
  cancelLabel?: string;
  confirmLabel: string;
  /** Without it the confirm button submits the surrounding form. */
  onConfirm?: () => void;
  color?: MantineColor;
  busy?: boolean;
  /** Which button takes the focus when the dialog opens. */
  autoFocus?: 'cancel' | 'confirm';
}

/** A dialog's footer: a way out and the one action it is for, on the right. */
export function DialogActions({ onCancel, cancelLabel, confirmLabel, onConfirm, color, busy, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} data-autofocus={autoFocus === 'cancel' || undefined}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        color={color}
        loading={busy}
        onClick={onConfirm}
        data-autofocus={autoFocus === 'confirm' || undefined}
      >
        {confirmLabel}
      </Button>
    </Group>
  );
}
