import type { ClinicianPhoto as Photo } from '@/features/clinicians/api/clinicians';
import { mediaUrl } from '@/lib/media';

/** A clinician's portrait at its own proportions (no layout shift), described by its text. */
export function ClinicianPhoto({ photo, name, size }: { photo: Photo | null; name: string; size: number }) {
  const src = mediaUrl(photo?.url);
  if (!photo || !src) return null;
  const height = photo.width && photo.height ? Math.round((size * photo.height) / photo.width) : size;
  return (
    <img className="clinician-photo" src={src} width={size} height={height} alt={photo.alternativeText || `Portrait of ${name}`} loading="lazy" decoding="async" />
  );
}
