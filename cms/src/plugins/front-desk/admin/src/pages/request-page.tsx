import type { ReactNode } from 'react';
import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { ArrowClockwise, Check, CheckCircle } from '@strapi/icons';
import { BackButton, Layouts, Page, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { useGetConsultRequestQuery, useUpdateConsultRequestMutation, type ConsultStatus } from '../api';
import { STATUS_LABELS } from '../components/labels';
import { RequestDetails } from '../components/request-details';
import { StaffNoteForm } from '../components/staff-note-form';
import { LIST_PATH } from '../constants';
import { useFrontDeskPermissions } from '../hooks/use-front-desk-permissions';

interface StatusAction {
  to: ConsultStatus;
  label: string;
  icon: ReactNode;
  variant: 'default' | 'secondary' | 'success-light' | 'tertiary';
}

const ACTIONS: StatusAction[] = [
  { to: 'contacted', label: 'Mark contacted', icon: <Check />, variant: 'default' },
  { to: 'closed', label: 'Mark closed', icon: <CheckCircle />, variant: 'success-light' },
  { to: 'new', label: 'Reopen', icon: <ArrowClockwise />, variant: 'tertiary' },
];

const DONE: Record<ConsultStatus, string> = {
  contacted: 'Marked contacted.',
  closed: 'Marked closed.',
  new: 'Reopened: the request is new again.',
};

const Panel = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box tag="section" aria-label={title} background="neutral0" hasRadius shadow="filterShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography tag="h2" variant="delta">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/**
 * /plugins/front-desk/requests/:documentId, the address the notification email links to: one
 * request with every field decrypted, its status buttons and the staff note.
 */
export const RequestPage = () => {
  const { documentId = '' } = useParams<{ documentId: string }>();
  const { canHandle } = useFrontDeskPermissions();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();

  const { data: request, error, isLoading, refetch } = useGetConsultRequestQuery(documentId, {
    refetchOnMountOrArgChange: true,
  });
  const [update, { isLoading: isSaving }] = useUpdateConsultRequestMutation();

  if (isLoading) return <Page.Loading />;
  if (!request) {
    const missing = error && 'status' in error && error.status === 404;
    return missing ? (
      <Page.NoData content="This consultation request does not exist: it may have been erased, or deleted after its retention period." />
    ) : (
      <Page.Error action={<Button onClick={() => refetch()}>Try again</Button>} />
    );
  }

  const save = async (change: { status?: ConsultStatus; staffNote?: string | null }, done: string) => {
    const result = await update({ documentId, ...change });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return false;
    }
    toggleNotification({ type: 'success', message: done });
    return true;
  };

  return (
    <Page.Main>
      <Page.Title>{`Front desk - ${request.name}`}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={`${LIST_PATH}?status=${request.status}`} />}
        title={request.name}
        subtitle={`Consultation request, ${STATUS_LABELS[request.status].toLowerCase()}`}
        primaryAction={
          canHandle ? (
            <Flex gap={2} wrap="wrap" role="group" aria-label="Status">
              {ACTIONS.filter((action) => action.to !== request.status).map((action) => (
                <Button
                  key={action.to}
                  variant={action.variant}
                  startIcon={action.icon}
                  disabled={isSaving}
                  onClick={() => save({ status: action.to }, DONE[action.to])}
                >
                  {action.label}
                </Button>
              ))}
            </Flex>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
            <Panel title="Request">
              <RequestDetails request={request} />
            </Panel>
          </Grid.Item>
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
            <Panel title="Note">
              <StaffNoteForm
                key={request.documentId}
                saved={request.staffNote}
                disabled={!canHandle}
                isSaving={isSaving}
                onSave={(note) => save({ staffNote: note }, 'Note saved.')}
              />
            </Panel>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
