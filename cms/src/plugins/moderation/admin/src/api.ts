import { adminApi } from '@strapi/strapi/admin';
import type {
  EraseRequest,
  EraseResponse,
  PersonalDataContact,
  PersonalDataExport,
  QueueCountResponse,
  QueueFilter,
  QueueListResponse,
  SetStatusRequest,
  SetStatusResponse,
} from '../../shared/contracts';

export * from '../../shared/contracts';

export interface QueueParams {
  status: QueueFilter;
  page: number;
  pageSize: number;
}

/**
 * The moderation routes, on the admin panel's own RTK Query API (the one
 * Strapi's plugins share, with the admin's auth and error handling). Every
 * queue view and the menu badge carry the `ModerationQueue` tag, so any status
 * change or erasure refetches them all.
 */
const moderationApi = adminApi.enhanceEndpoints({ addTagTypes: ['ModerationQueue'] }).injectEndpoints({
  endpoints: (builder) => ({
    getQueue: builder.query<QueueListResponse, QueueParams>({
      query: (params) => ({ url: '/moderation/comments', method: 'GET', config: { params } }),
      providesTags: ['ModerationQueue'],
    }),
    getPendingCount: builder.query<number, void>({
      query: () => '/moderation/comments/count',
      transformResponse: (response: QueueCountResponse) => response.data.pending,
      providesTags: ['ModerationQueue'],
    }),
    setStatus: builder.mutation<SetStatusResponse['data'], SetStatusRequest>({
      query: (data) => ({ url: '/moderation/comments/actions/set-status', method: 'POST', data }),
      transformResponse: (response: SetStatusResponse) => response.data,
      invalidatesTags: ['ModerationQueue'],
    }),
    // A mutation, not a query, although it is a GET: the export is fetched when asked for and is
    // never kept in the shared cache, since it is someone's personal data.
    exportPersonalData: builder.mutation<PersonalDataExport['data'], PersonalDataContact>({
      query: (params) => ({ url: '/moderation/privacy/export', method: 'GET', config: { params } }),
      transformResponse: (response: PersonalDataExport) => response.data,
    }),
    erasePersonalData: builder.mutation<EraseResponse['data'], EraseRequest>({
      query: (data) => ({ url: '/moderation/privacy/erase', method: 'POST', data }),
      transformResponse: (response: EraseResponse) => response.data,
      invalidatesTags: ['ModerationQueue'],
    }),
  }),
});

export const {
  useGetQueueQuery,
  useGetPendingCountQuery,
  useSetStatusMutation,
  useExportPersonalDataMutation,
  useErasePersonalDataMutation,
} = moderationApi;
