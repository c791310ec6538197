/** Countries offered first in country pickers (the demo markets); any ISO code is accepted. */
export const COMMON_COUNTRIES = ['ES', 'IT', 'PT', 'FR', 'DE', 'GB', 'MX', 'PE', 'CO', 'CL', 'AR', 'US'] as const;
