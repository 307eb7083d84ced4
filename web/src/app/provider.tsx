import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PreviewContext } from '@/features/preview/components/preview-banner';
import type { PreviewInfo } from '@/types/preview';

type AppProviderProps = { queryClient: QueryClient; preview?: PreviewInfo | null; children: ReactNode };

export function AppProvider({ queryClient, preview = null, children }: AppProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <PreviewContext value={preview}>{children}</PreviewContext>
    </QueryClientProvider>
  );
}
