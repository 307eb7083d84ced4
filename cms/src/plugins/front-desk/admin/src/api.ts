import { adminApi } from '@strapi/strapi/admin';
import type {
  ConsultCountResponse,
  ConsultListQuery,
  ConsultListResponse,
  ConsultRequestResponse,
  ConsultRequestView,
  ConsultUpdateRequest,
} from '../../shared/contracts';

export * from '../../shared/contracts';

const TAG = 'ConsultRequest' as const;
/** The lists and the menu badge: whatever changes one request may change them all. */
const LISTS = { type: TAG, id: 'LIST' } as const;

/**
 * The front desk's routes, on the admin panel's own RTK Query API (the one Strapi's plugins
 * share, with the admin's auth and error handling), as the moderation plugin's are. A request
 * is cached under its documentId; saving one refetches it, the lists and the badge.
 */
const frontDeskApi = adminApi.enhanceEndpoints({ addTagTypes: [TAG] }).injectEndpoints({
  endpoints: (builder) => ({
    getConsultRequests: builder.query<ConsultListResponse, ConsultListQuery>({
      query: (params) => ({ url: '/front-desk/requests', method: 'GET', config: { params } }),
      providesTags: [LISTS],
    }),
    getConsultRequest: builder.query<ConsultRequestView, string>({
      query: (documentId) => `/front-desk/requests/${encodeURIComponent(documentId)}`,
      transformResponse: (response: ConsultRequestResponse) => response.data,
      providesTags: (_result, _error, documentId) => [{ type: TAG, id: documentId }],
    }),
    getNewConsultCount: builder.query<number, void>({
      query: () => '/front-desk/requests/count',
      transformResponse: (response: ConsultCountResponse) => response.data.new,
      providesTags: [LISTS],
    }),
    updateConsultRequest: builder.mutation<ConsultRequestView, ConsultUpdateRequest & { documentId: string }>({
      query: ({ documentId, ...data }) => ({
        url: `/front-desk/requests/${encodeURIComponent(documentId)}`,
        method: 'PUT',
        data,
      }),
      transformResponse: (response: ConsultRequestResponse) => response.data,
      invalidatesTags: (_result, _error, { documentId }) => [{ type: TAG, id: documentId }, LISTS],
    }),
  }),
});

export const {
  useGetConsultRequestsQuery,
  useGetConsultRequestQuery,
  useGetNewConsultCountQuery,
  useUpdateConsultRequestMutation,
} = frontDeskApi;
