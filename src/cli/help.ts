/** `oci-multiarch --help`: the commands and their inputs, with the same names as the action's. */
export const helpText = `oci-multiarch — publish multi-platform OCI artifacts

Usage: oci-multiarch COMMAND [--input-name value ...] [--config FILE.yml]

Commands:
  push    one platform's artifact (files, or an existing image) to a staging tag
  merge   staging tags (or sources) into one OCI image index under release tags
  pull    download one platform's files from a published index
  attach  push evidence (signature, SBOM, report files) as a referrer of a release or of one platform
  discover  list the referrers of a release and of each of its platforms

References: HOST[:PORT]/PATH[:TAG][@DIGEST] for registries, oci-layout:PATH[:TAG][@DIGEST] for an OCI
image-layout directory (no server needed).

push:   --repository REF --platform os/arch[/variant] (--files PATH[:MEDIATYPE] ... | --source REF)
        [--artifact-type T] [--annotations key=value ...] [--staging-prefix P | --staging-tag TAG]
        [--os-version V] [--os-features F,...]
merge:  --repository REF [--staging-prefix P | --sources REF ...] --tags TAG_OR_REF ... [--platforms LIST]
        [--annotations key=value ...] [--descriptor-annotations KEY_OR_GLOB ...] [--artifact-type T]
        [--base REF] [--on-conflict error|replace] [--cleanup] [--dry-run]
pull:   --reference REF [--platform os/arch[/variant]] [--output DIR]
attach: --reference REF --artifact-type T --files PATH[:MEDIATYPE] ... [--platform os/arch[/variant]]
        [--annotations key=value ...]
discover: --reference REF

Shared: --username U --password P (or the Docker config), --github-token T, --plain-http HOSTS,
        --concurrency N (default 4), --cache-dir DIR (a blob cache kept between runs: each blob is fetched
        from its source once, every cached file verified before use; --cache false turns it off)

A flag given twice adds a line to a list input. --config FILE.yml holds input names as keys; flags override it.
Outputs are printed on stdout as one JSON object; logs go to stderr. Exit status 0 only on success.
`;
