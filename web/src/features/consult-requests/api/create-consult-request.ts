import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import type { IsoDate, StrapiResponse } from '@/types/api';
import { consultRequestQueries } from '@/features/consult-requests/api/consult-requests';
import type { ConsultRequestBody } from '@/features/consult-requests/utils/consult-form';

/** What the CMS answers a stored request with: nothing of what the visitor sent. */
export type CreatedConsultRequest = { documentId: string; createdAt: IsoDate };

export async function createConsultRequest(body: ConsultRequestBody): Promise<CreatedConsultRequest> {
  const response = await apiPost<StrapiResponse<CreatedConsultRequest>>('/consult-requests', { data: body });
  return response.data;
}

/** Sends a consultation request. The token it used is marked stale (not fetched again now): anything sent later gets a new one. */
export function useCreateConsultRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createConsultRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consultRequestQueries.formToken().queryKey, refetchType: 'none' }),
  });
}
