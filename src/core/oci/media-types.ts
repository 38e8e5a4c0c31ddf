/** Media types of the OCI image spec and the Docker formats that registries still serve. */
export const MediaTypes = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  octetStream: 'application/octet-stream',
} as const;

export const manifestMediaTypes: readonly string[] = [MediaTypes.ociManifest, MediaTypes.dockerManifest];
export const indexMediaTypes: readonly string[] = [MediaTypes.ociIndex, MediaTypes.dockerManifestList];
export const imageConfigMediaTypes: readonly string[] = [MediaTypes.ociConfig, MediaTypes.dockerConfig];

export const isManifestType = (mediaType: string | undefined): boolean =>
  mediaType !== undefined && manifestMediaTypes.includes(mediaType);
export const isIndexType = (mediaType: string | undefined): boolean =>
  mediaType !== undefined && indexMediaTypes.includes(mediaType);
/** A manifest or an index: something that lives under /manifests/ in a registry. */
export const isManifestOrIndexType = (mediaType: string | undefined): boolean =>
  isManifestType(mediaType) || isIndexType(mediaType);

/** A media type as RFC 6838 writes it: `type/subtype` of restricted-name characters (no parameters). */
const mediaTypePattern = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;

/** Whether `value` is a media type (layer types, artifactType, a descriptor's mediaType). */
export const isMediaType = (value: string): boolean => mediaTypePattern.test(value);

/** The Accept header for manifest reads: every manifest and index type we understand. */
export const manifestAccept = [...indexMediaTypes, ...manifestMediaTypes].join(', ');
