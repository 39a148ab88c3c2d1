import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/roles.ts';
import { newAccountSchema } from '../../../shared/users.ts';
import { useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import type { IssuedPassword } from './TemporaryPasswordSheet.tsx';

export function AddAccountDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (issued: IssuedPassword) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.form.title')}>
      {opened && <AddAccountForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function AddAccountForm({ onClose, onCreated }: { onClose: () => void; onCreated: (issued: IssuedPassword) => void }) {
  const { t } = useTranslation();
  const create = useChannelMutation('users.create', { invalidates: ['users.list'] });
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: '', fullName: '', role: 'staff' as Role },
    validate: schemaValidate(newAccountSchema),
  });

  const submit = form.onSubmit(async (values) => {
    const r = await create.run(values, (e) => showFieldErrors(form, e));
    if (r.ok) {
      onCreated({
        fullName: values.fullName.trim(),
        username: values.username.trim().toLowerCase(),
        temporaryPassword: r.value.temporaryPassword,
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('users.form.intro')}</Text>
        <TextInput
          label={t('users.form.username')}
          description={t('users.form.usernameHint')}
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          {...fieldProps(form, t, 'username')}
        />
        <TextInput
          label={t('users.form.fullName')}
          description={t('users.form.fullNameHint')}
          withAsterisk
          {...fieldProps(form, t, 'fullName')}
        />
        <Select
          label={t('users.form.role')}
          description={t(`users.roleHints.${form.values.role}`)}
          withAsterisk
          allowDeselect={false}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          comboboxProps={{ withinPortal: true }}
          {...fieldProps(form, t, 'role')}
        />
        <ErrorAlert error={create.error} />
        <DialogActions onCancel={onClose} confirmLabel={t('users.form.create')} busy={create.busy} />
      </Stack>
    </form>
  );
}
