/** One of the sizes Strapi's upload plugin makes of an image (thumbnail, small, medium, large). */
export type ImageFormat = { url: string; width: number; height: number };

/** An uploaded image as the REST API returns it, with the fields the site asks for. */
export type UploadImage = {
  url: string;
  width: number | null;
  height: number | null;
  alternativeText: string | null;
  formats?: Partial<Record<string, ImageFormat>> | null;
};

/** The fields to ask the API for, for an image the site shows (`populate[x][fields]`). */
export const IMAGE_FIELDS = ['url', 'width', 'height', 'alternativeText', 'formats'] as const;

/** An image for link previews: an absolute URL and, when known, its size and description. */
export type ShareImage = { url: string; width?: number | null; height?: number | null; alt?: string | null };
