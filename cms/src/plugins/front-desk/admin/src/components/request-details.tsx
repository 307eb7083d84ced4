import type { ReactNode } from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { StatusBadge } from '#admin/components/status-badge';
import type { ConsultRequestView } from '../api';
import { BEST_TIME_LABELS, CONTACT_LABELS, STATUS_LABELS, STATUS_VARIANTS, formatDateTime } from './labels';

const Item = ({ term, children }: { term: string; children: ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography tag="dt" variant="sigma" textColor="neutral600">
      {term}
    </Typography>
    <Box tag="dd" margin={0}>
      {children}
    </Box>
  </Flex>
);

const Text = ({ children }: { children: ReactNode }) => <Typography textColor="neutral800">{children}</Typography>;

const Time = ({ iso }: { iso: string | null }) =>
  iso ? (
    <Text>
      <time dateTime={iso}>{formatDateTime(iso)}</time>
    </Text>
  ) : (
    <Text>—</Text>
  );

/**
 * Every field of a request, decrypted: a description list, so a screen reader announces each
 * value with its name. The phone and email are links that call or write; the message keeps its
 * line breaks. What the visitor wrote is rendered as text, never as HTML.
 */
export const RequestDetails = ({ request }: { request: ConsultRequestView }) => (
  <Box tag="dl" margin={0}>
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Item term="Name">
        <Text>{request.name}</Text>
      </Item>
      <Item term="Phone">
        {request.phone ? <Link href={`tel:${request.phone.replace(/[^\d+]/g, '')}`}>{request.phone}</Link> : <Text>—</Text>}
      </Item>
      <Item term="Email">
        {request.email ? <Link href={`mailto:${request.email}`}>{request.email}</Link> : <Text>—</Text>}
      </Item>
      <Item term="Preferred contact">
        <Text>{CONTACT_LABELS[request.preferredContact]}</Text>
      </Item>
      <Item term="Best time">
        <Text>{BEST_TIME_LABELS[request.bestTime]}</Text>
      </Item>
      <Item term="Message">
        <Typography textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {request.message ?? '—'}
        </Typography>
      </Item>
      <Item term="Consent given">
        <Time iso={request.consentedAt} />
      </Item>
      <Item term="Received">
        <Time iso={request.createdAt} />
      </Item>
      <Item term="Status">
        <StatusBadge variant={STATUS_VARIANTS[request.status]} label={STATUS_LABELS[request.status]} />
      </Item>
      {request.closedAt ? (
        <Item term="Closed">
          <Time iso={request.closedAt} />
        </Item>
      ) : null}
      <Item term="Browser (user agent)">
        <Typography variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
          {request.userAgent ?? '—'}
        </Typography>
      </Item>
    </Flex>
  </Box>
);
