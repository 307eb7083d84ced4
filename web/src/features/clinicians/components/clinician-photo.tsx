import { ResponsiveImage } from '@/components/ui/responsive-image';
import type { UploadImage } from '@/types/media';

/** A clinician's portrait, drawn `width` CSS pixels wide, below the fold or not. */
export function ClinicianPhoto({ photo, name, width, loading = 'lazy' }: { photo: UploadImage | null; name: string; width: number; loading?: 'eager' | 'lazy' }) {
  if (!photo) return null;
  return <ResponsiveImage className="clinician-photo" image={photo} sizes={`${width}px`} loading={loading} fallbackAlt={`Portrait of ${name}`} />;
}
