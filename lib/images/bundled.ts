/**
 * The bundled demo dataset's images are files in public/dataset-images/, not on any CDN. Their
 * asset documents keep Sanity's export shape, with this placeholder project in their
 * `url` and `path`; an import into a real project uploads the files and replaces both.
 */
export const BUNDLED_IMAGES_PROJECT_ID = 'nabado-demo'

/** Where the site serves the bundled images from (public/dataset-images/). */
export const BUNDLED_IMAGES_PATH = '/dataset-images'
