import { Flex, Link, Table, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { ListTableBody } from '#admin/components/status-list';
import type { ConsultRequestView, ConsultStatus } from '../api';
import { requestPath } from '../constants';
import { BEST_TIME_LABELS, firstLine, formatDateTime, preferredContactOf } from './labels';

const EMPTY: Record<ConsultStatus, string> = {
  new: 'No new consultation request.',
  contacted: 'No request is waiting after a first contact.',
  closed: 'No closed requests.',
};

const COLUMNS = ['Received', 'Name', 'Preferred contact', 'Best time', 'Message'];

/** One request: when it came, who (a link that opens it), how and when to reach them, what they wrote first. */
const RequestRow = ({ item }: { item: ConsultRequestView }) => {
  const contact = preferredContactOf(item);
  return (
    <Tr>
      <Td>
        <Typography textColor="neutral800">
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
        </Typography>
      </Td>
      <Td>
        <Link tag={NavLink} to={requestPath(item.documentId)}>
          {item.name}
        </Link>
      </Td>
      <Td>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography textColor="neutral800">{contact.label}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {contact.value ?? '—'}
          </Typography>
        </Flex>
      </Td>
      <Td>
        <Typography textColor="neutral800">{BEST_TIME_LABELS[item.bestTime]}</Typography>
      </Td>
      <Td style={{ whiteSpace: 'normal', maxWidth: '32rem' }}>
        <Typography textColor="neutral800">{firstLine(item.message) || '—'}</Typography>
      </Td>
    </Tr>
  );
};

export interface RequestsTableProps {
  status: ConsultStatus;
  items: ConsultRequestView[];
  isLoading: boolean;
}

/** One page of requests, newest first. Everything a visitor wrote is rendered as text. */
export const RequestsTable = ({ status, items, isLoading }: RequestsTableProps) => (
  <Table colCount={COLUMNS.length} rowCount={items.length + 1}>
    <Thead>
      <Tr>
        {COLUMNS.map((column) => (
          <Th key={column}>
            <Typography variant="sigma">{column}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <ListTableBody
      colCount={COLUMNS.length}
      isLoading={isLoading}
      loading="Loading consultation requests"
      isEmpty={items.length === 0}
      empty={EMPTY[status]}
    >
      {items.map((item) => (
        <RequestRow key={item.documentId} item={item} />
      ))}
    </ListTableBody>
  </Table>
);
