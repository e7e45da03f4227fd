// The styling surface (slot names in `classNames`) and the table's custom columns, as a host
// passes them to the components.
import type { ComponentProps, ReactNode, Ref } from 'react';
import { describe, expectTypeOf, test } from 'vitest';
import {
  createSlots,
  InviteDialogParts,
  InviteFormParts,
  isRetryableInviteError,
} from 'invite-widgets';
import type {
  AcceptInvite,
  AcceptInviteProps,
  AcceptInviteSlot,
  InviteDialog,
  InviteDialogForm,
  InviteDialogProps,
  InviteDialogSlot,
  InviteForm,
  InviteFormInput,
  InviteFormProps,
  InviteFormRoot,
  InviteFormSlot,
  InviteFormSubmit,
  InviteStatusBadge,
  InviteStatusBadgeProps,
  InviteStatusBadgeSlot,
  SlotProps,
  UserInvite,
  UserInviteOrderField,
  UserInvitesTable,
  UserInvitesTableColumn,
  UserInvitesTableColumnId,
  UserInvitesTableProps,
  UserInvitesTableSlot,
} from 'invite-widgets';
import type { Outbox, OutboxProps, OutboxSlot } from 'invite-widgets/memory';

type ClassNamesOf<Props extends { classNames?: unknown }> = NonNullable<Props['classNames']>;
/** Props without React's own `ref` and `key`. */
type WithoutRefAndKey<Props> = Omit<Props, 'ref' | 'key'>;

describe('slot names in classNames', () => {
  test('each component’s props are its exported props type', () => {
    // The table, the form and the dialog forward a ref (to the <section>, the <form>, the
    // dialog element) besides.
    expectTypeOf<
      WithoutRefAndKey<ComponentProps<typeof UserInvitesTable>>
    >().toEqualTypeOf<UserInvitesTableProps>();
    expectTypeOf<ComponentProps<typeof UserInvitesTable>['ref']>().toEqualTypeOf<
      Ref<HTMLElement> | undefined
    >();
    expectTypeOf<
      WithoutRefAndKey<ComponentProps<typeof InviteForm>>
    >().toEqualTypeOf<InviteFormProps>();
    expectTypeOf<ComponentProps<typeof InviteForm>['ref']>().toEqualTypeOf<
      Ref<HTMLFormElement> | undefined
    >();
    expectTypeOf<
      WithoutRefAndKey<ComponentProps<typeof InviteDialog>>
    >().toEqualTypeOf<InviteDialogProps>();
    expectTypeOf<ComponentProps<typeof InviteDialog>['ref']>().toEqualTypeOf<
      Ref<HTMLDivElement> | undefined
    >();
    expectTypeOf<
      WithoutRefAndKey<ComponentProps<typeof AcceptInvite>>
    >().toEqualTypeOf<AcceptInviteProps>();
    expectTypeOf<ComponentProps<typeof AcceptInvite>['ref']>().toEqualTypeOf<
      Ref<HTMLElement> | undefined
    >();
    expectTypeOf<
      ComponentProps<typeof InviteStatusBadge>
    >().toEqualTypeOf<InviteStatusBadgeProps>();
    expectTypeOf<ComponentProps<typeof Outbox>>().toEqualTypeOf<OutboxProps>();
  });

  test('classNames is keyed by exactly the component’s slots', () => {
    type Slots<Slot extends string> = Partial<Record<Slot, string>>;
    expectTypeOf<ClassNamesOf<UserInvitesTableProps>>().toEqualTypeOf<
      Slots<UserInvitesTableSlot>
    >();
    expectTypeOf<ClassNamesOf<InviteFormProps>>().toEqualTypeOf<Slots<InviteFormSlot>>();
    expectTypeOf<ClassNamesOf<InviteDialogProps>>().toEqualTypeOf<Slots<InviteDialogSlot>>();
    expectTypeOf<ClassNamesOf<AcceptInviteProps>>().toEqualTypeOf<Slots<AcceptInviteSlot>>();
    expectTypeOf<ClassNamesOf<InviteStatusBadgeProps>>().toEqualTypeOf<
      Slots<InviteStatusBadgeSlot>
    >();
    expectTypeOf<ClassNamesOf<OutboxProps>>().toEqualTypeOf<Slots<OutboxSlot>>();
  });

  test('UserInvitesTable: its parts and its confirmation’s parts', () => {
    // Exactly these: a renamed or dropped slot silently stops styling a host's table.
    expectTypeOf<UserInvitesTableSlot>().toEqualTypeOf<
      | 'root'
      | 'toolbar'
      | 'search'
      | 'searchInput'
      | 'filter'
      | 'filterOption'
      | 'bulkBar'
      | 'bulkResult'
      | 'scroller'
      | 'table'
      | 'head'
      | 'headerCell'
      | 'sortButton'
      | 'body'
      | 'row'
      | 'cell'
      | 'checkbox'
      | 'email'
      | 'time'
      | 'expires'
      | 'action'
      | 'menuTrigger'
      | 'menu'
      | 'menuItem'
      | 'feedback'
      | 'placeholder'
      | 'empty'
      | 'error'
      | 'pagination'
      | 'pageSize'
      | 'pageSizeSelect'
      | 'range'
      | 'pageButton'
      | 'live'
      | 'edit'
      | 'editField'
      | 'editHeader'
      | 'editClose'
      | 'confirmRoot'
      | 'confirmOverlay'
      | 'confirm'
      | 'confirmTitle'
      | 'confirmDescription'
      | 'confirmActions'
      | 'confirmYes'
      | 'confirmNo'
    >();
    const props: UserInvitesTableProps = {
      className: 'my-table',
      classNames: { row: 'hover:bg-muted', pagination: 'mt-4', confirmYes: 'btn-danger' },
      unstyled: true,
    };
    expectTypeOf(props.unstyled).toEqualTypeOf<boolean | undefined>();
    const _unknown: UserInvitesTableProps = {
      // @ts-expect-error not a part of the table
      classNames: { rows: 'hover:bg-muted' },
    };
    // The select and the actions cell gave way to a filter menu and a per-row menu.
    // @ts-expect-error no longer a part of the table
    const _oldFilter: UserInvitesTableProps = { classNames: { filterSelect: 'w-40' } };
    // @ts-expect-error no longer a part of the table
    const _oldActions: UserInvitesTableProps = { classNames: { actions: 'gap-2' } };
    // @ts-expect-error a class name is a string
    const _notString: UserInvitesTableProps = { classNames: { row: ['a', 'b'] } };
  });

  test('InviteForm', () => {
    expectTypeOf<
      'root' | 'field' | 'chip' | 'chipRemove' | 'input' | 'role' | 'locale' | 'submit' | 'results'
    >().toExtend<InviteFormSlot>();
    const _known: InviteFormProps = { classNames: { chip: 'rounded-full', submit: 'btn-primary' } };
    // @ts-expect-error not a part of the form
    const _unknown: InviteFormProps = { classNames: { button: 'btn-primary' } };
  });

  test('InviteForm parts: short names, forwarded refs, HTML props, controllable role and locale', () => {
    expectTypeOf(InviteFormParts.Root).toEqualTypeOf<typeof InviteFormRoot>();
    expectTypeOf(InviteFormParts.Submit).toEqualTypeOf<typeof InviteFormSubmit>();
    expectTypeOf<ComponentProps<typeof InviteFormSubmit>['ref']>().toEqualTypeOf<
      Ref<HTMLButtonElement> | undefined
    >();
    expectTypeOf<ComponentProps<typeof InviteFormInput>['ref']>().toEqualTypeOf<
      Ref<HTMLInputElement> | undefined
    >();
    const _submit: ComponentProps<typeof InviteFormSubmit> = {
      onPointerDown: () => {},
      title: 'Send',
    };
    const _root: InviteFormProps = {
      role: 'member',
      onRoleChange: (role) => expectTypeOf(role).toEqualTypeOf<string>(),
      locale: 'de-DE',
      onLocaleChange: (locale) => expectTypeOf(locale).toEqualTypeOf<string>(),
      confirmThreshold: 50,
      'aria-label': 'Invite people',
    };
    // @ts-expect-error `onError` reports an InviteClientError, not a DOM event
    const _onError: InviteFormProps = { onError: (event: Event) => event };
    expectTypeOf(isRetryableInviteError).toEqualTypeOf<(code: string) => boolean>();
    expectTypeOf(InviteDialogParts.Form).toEqualTypeOf<typeof InviteDialogForm>();
  });

  test('InviteDialog, and the form inside it', () => {
    expectTypeOf<
      'root' | 'trigger' | 'overlay' | 'content' | 'title' | 'close'
    >().toExtend<InviteDialogSlot>();
    const _known: InviteDialogProps = {
      classNames: { content: 'max-w-lg', overlay: 'backdrop-blur' },
      form: { classNames: { chip: 'rounded-full' }, defaultRole: 'member' },
    };
    // @ts-expect-error not a part of the dialog
    const _unknown: InviteDialogProps = { classNames: { modal: 'max-w-lg' } };
    // @ts-expect-error the form inside takes the form's slots, not the dialog's
    const _formSlots: InviteDialogProps = { form: { classNames: { overlay: 'x' } } };
    // @ts-expect-error the dialog owns the form's entries
    const _formValue: InviteDialogProps = { form: { value: [] } };
  });

  test('AcceptInvite and InviteStatusBadge', () => {
    expectTypeOf<'root' | 'accept' | 'decline' | 'retry'>().toExtend<AcceptInviteSlot>();
    expectTypeOf<InviteStatusBadgeSlot>().toEqualTypeOf<'root' | 'icon' | 'label'>();
    const _accept: AcceptInviteProps = { token: 't', classNames: { accept: 'btn-primary' } };
    // @ts-expect-error not a part of the invitee's page
    const _acceptUnknown: AcceptInviteProps = { token: 't', classNames: { join: 'btn-primary' } };
    const _badge: InviteStatusBadgeProps = { status: 'pending', classNames: { icon: 'size-3' } };
    // @ts-expect-error not a part of the badge
    const _badgeUnknown: InviteStatusBadgeProps = { status: 'pending', classNames: { dot: 'x' } };
  });

  test('Outbox, from the memory entry', () => {
    expectTypeOf<
      'root' | 'list' | 'item' | 'email' | 'accept' | 'decline'
    >().toExtend<OutboxSlot>();
    const _known: OutboxProps = { classNames: { item: 'border-b' }, headingLevel: 3 };
    // @ts-expect-error not a part of the outbox
    const _unknown: OutboxProps = { classNames: { row: 'border-b' } };
    // @ts-expect-error headings go from 2 to 6
    const _heading: OutboxProps = { headingLevel: 1 };
  });

  test('createSlots: a slot function over the given names only', () => {
    const slot = createSlots<'root' | 'item'>('my-list', { classNames: { item: 'x' } });
    expectTypeOf(slot).toEqualTypeOf<
      (name: 'root' | 'item', defaultClassName?: string) => SlotProps
    >();
    expectTypeOf(slot('item')).toEqualTypeOf<SlotProps>();
    // @ts-expect-error not one of the given names
    slot('other');
    // @ts-expect-error classNames are checked against the same names
    createSlots<'root' | 'item'>('my-list', { classNames: { other: 'x' } });
  });
});

describe('custom table columns', () => {
  test('a column of one’s own: id, header, cell(invite), optional sortField', () => {
    expectTypeOf<UserInvitesTableColumn>().toEqualTypeOf<{
      id: string;
      header: ReactNode;
      cell: (invite: UserInvite) => ReactNode;
      sortField?: UserInviteOrderField;
    }>();
    const team: UserInvitesTableColumn = {
      id: 'team',
      header: 'Team',
      cell: (invite) => {
        expectTypeOf(invite).toEqualTypeOf<UserInvite>();
        return String(invite.data?.team ?? '—');
      },
    };
    const email: UserInvitesTableColumn = {
      id: 'email',
      header: 'Email',
      cell: (invite) => invite.email,
      sortField: 'email',
    };
    expectTypeOf(email.sortField).toEqualTypeOf<UserInviteOrderField | undefined>();
    const props: UserInvitesTableProps = { columns: ['select', 'invitee', team, email, 'actions'] };
    expectTypeOf(props.columns).toEqualTypeOf<
      (UserInvitesTableColumnId | UserInvitesTableColumn)[] | undefined
    >();
  });

  test('sortField is a field the backend orders by', () => {
    expectTypeOf<UserInviteOrderField>().toEqualTypeOf<
      'createdAt' | 'updatedAt' | 'statusUpdatedAt' | 'expiresAt' | 'email' | 'status'
    >();
    const _wrongField: UserInvitesTableColumn = {
      id: 'name',
      header: 'Name',
      cell: (invite) => invite.firstName,
      // @ts-expect-error invites cannot be ordered by first name
      sortField: 'firstName',
    };
  });

  test('built-in ids are a closed set; a custom column needs a cell', () => {
    expectTypeOf<UserInvitesTableColumnId>().toEqualTypeOf<
      'select' | 'invitee' | 'roles' | 'status' | 'sent' | 'expires' | 'actions'
    >();
    // @ts-expect-error `team` is no built-in column: pass a column object
    const _unknownId: UserInvitesTableProps = { columns: ['invitee', 'team'] };
    // @ts-expect-error a column without a cell renders nothing
    const _noCell: UserInvitesTableColumn = { id: 'team', header: 'Team' };
    const _wrongCell: UserInvitesTableColumn = {
      id: 'team',
      header: 'Team',
      // @ts-expect-error a cell gets the invite, not its id
      cell: (id: number) => id,
    };
  });
});
