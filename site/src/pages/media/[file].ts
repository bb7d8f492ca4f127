import type { APIRoute, GetStaticPaths } from 'astro'

import { getCollection } from 'astro:content'

import { fileBytes } from '../../lib/cmsFiles'

/**
 * The CMS's images and documents, written into the built site under names that change with their
 * content (lib/cmsFiles.ts); served with a year's cache (staticFiles.mjs).
 */
export const getStaticPaths = (async () =>
  (await getCollection('files')).map(({ data }) => {
    const src = data.src as string
    return { params: { file: src.slice('/media/'.length) }, props: { src } }
  })) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await fileBytes(props.src as string)))
