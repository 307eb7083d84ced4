import type { ReactNode } from 'react';
import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { BackButton, Layouts, Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { useNotifySaved } from '#admin/hooks/use-notify';
import {
  useGetConsultRequestQuery,
  useUpdateConsultRequestMutation,
  type ConsultRequestView,
  type ConsultStatus,
} from '../api';
import { STATUS_LABELS } from '../components/labels';
import { RequestDetails } from '../components/request-details';
import { StaffNoteForm } from '../components/staff-note-form';
import { DONE, StatusButtons } from '../components/status-buttons';
import { LIST_PATH } from '../constants';
import { useFrontDeskPermissions } from '../hooks/use-front-desk-permissions';

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

interface RequestViewProps {
  /** The request's documentId, as the address has it. */
  documentId: string;
  request: ConsultRequestView;
  canHandle: boolean;
}

/** One request, its status buttons (for those who may handle it) and the staff note. */
const RequestView = ({ documentId, request, canHandle }: RequestViewProps) => {
  const [update, { isLoading: isSaving }] = useUpdateConsultRequestMutation();
  const notifySaved = useNotifySaved();

  const save = async (change: { status?: ConsultStatus; staffNote?: string | null }, done: string) =>
    notifySaved(await update({ documentId, ...change }), () => done);

  return (
    <Page.Main>
      <Page.Title>{`Front desk - ${request.name}`}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={`${LIST_PATH}?status=${request.status}`} />}
        title={request.name}
        subtitle={`Consultation request, ${STATUS_LABELS[request.status].toLowerCase()}`}
        primaryAction={
          canHandle ? (
            <StatusButtons current={request.status} isSaving={isSaving} onChange={(to) => save({ status: to }, DONE[to])} />
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

/**
 * /plugins/front-desk/requests/:documentId, the address the notification email links to: one
 * request with every field decrypted, its status buttons and the staff note.
 */
export const RequestPage = () => {
  const { documentId = '' } = useParams<{ documentId: string }>();
  // Asked while the request loads, so its buttons show with it.
  const { canHandle } = useFrontDeskPermissions();
  const { data: request, error, isLoading, refetch } = useGetConsultRequestQuery(documentId, {
    refetchOnMountOrArgChange: true,
  });

  if (isLoading) return <Page.Loading />;
  if (!request) {
    const missing = error && 'status' in error && error.status === 404;
    return missing ? (
      <Page.NoData content="This consultation request does not exist: it may have been erased, or deleted after its retention period." />
    ) : (
      <Page.Error action={<Button onClick={() => refetch()}>Try again</Button>} />
    );
  }
  return <RequestView documentId={documentId} request={request} canHandle={canHandle} />;
};
