import { EmptyStateLayout, Flex, Link, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { NavLink } from 'react-router-dom';
import type { ConsultRequestView, ConsultStatus } from '../api';
import { requestPath } from '../constants';
import { BEST_TIME_LABELS, firstLine, formatDateTime, preferredContactOf } from './labels';

const EMPTY: Record<ConsultStatus, string> = {
  new: 'No new consultation request.',
  contacted: 'No request is waiting after a first contact.',
  closed: 'No closed requests.',
};

const COLUMNS = ['Received', 'Name', 'Preferred contact', 'Best time', 'Message'];

export interface RequestsTableProps {
  status: ConsultStatus;
  items: ConsultRequestView[];
  isLoading: boolean;
}

/**
 * One page of requests, newest first: when it came, who, how they want to be reached, when, and
 * the first line of what they wrote. The name opens the request. Everything a visitor wrote is
 * rendered as text.
 */
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
    <Tbody>
      {isLoading ? (
        <Tr>
          <Td colSpan={COLUMNS.length}>
            <Flex justifyContent="center" padding={11}>
              <Loader>Loading consultation requests</Loader>
            </Flex>
          </Td>
        </Tr>
      ) : items.length === 0 ? (
        <Tr>
          <Td colSpan={COLUMNS.length}>
            <EmptyStateLayout content={EMPTY[status]} icon={<EmptyDocuments width="16rem" />} />
          </Td>
        </Tr>
      ) : (
        items.map((item) => {
          const contact = preferredContactOf(item);
          return (
            <Tr key={item.documentId}>
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
        })
      )}
    </Tbody>
  </Table>
);
