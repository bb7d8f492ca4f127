'use client'
/**
 * The plugin's client components for the admin, referenced by string path
 * (`@stodportalen/support-services/client#Name`) as Payload's import map expects.
 */
export {}
