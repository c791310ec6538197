/** What a single-entity CSV import creates. */
export const importEntities = ['customers', 'products', 'opportunities'] as const;
export type TImportEntity = (typeof importEntities)[number];

/** A target field of an import, with the header names (English and Spanish) that suggest it. */
export type TImportField = { key: string; required: boolean; synonyms: string[] };

const field = (key: string, required: boolean, synonyms: string[]): TImportField => ({ key, required, synonyms: [key, ...synonyms] });

/** Target fields per entity; `key` is also the column name of the export and of the error report. */
export const importFields: Record<TImportEntity, TImportField[]> = {
  customers: [
    field('legal_name', true, ['name', 'company', 'company name', 'account', 'customer', 'razon social', 'nombre', 'empresa', 'cliente', 'nombre fiscal']),
    field('trade_name', false, ['trading name', 'brand', 'nombre comercial']),
    field('tax_id', false, ['vat', 'vat number', 'tax number', 'nif', 'cif', 'nif cif', 'ruc', 'rfc', 'partita iva', 'ein', 'identificacion fiscal']),
    field('country', true, ['country code', 'office location', 'pais', 'codigo pais']),
    field('address_line', false, ['address', 'street', 'direccion', 'domicilio', 'calle']),
    field('city', false, ['town', 'ciudad', 'poblacion', 'localidad', 'municipio']),
    field('region', false, ['state', 'province', 'provincia', 'comunidad', 'estado']),
    field('postal_code', false, ['zip', 'zip code', 'postcode', 'codigo postal', 'cp']),
    field('sector', false, ['industry', 'industria', 'actividad']),
    field('email', false, ['e-mail', 'mail', 'correo', 'correo electronico']),
    field('phone', false, ['telephone', 'phone number', 'telefono', 'tel']),
    field('website', false, ['web', 'url', 'sitio web', 'pagina web']),
    field('payment_terms_days', false, ['payment terms', 'terms', 'dias de pago', 'plazo de pago', 'condiciones de pago']),
    field('year_established', false, ['founded', 'year founded', 'ano fundacion', 'fundacion', 'año de fundacion']),
    field('employees', false, ['employee count', 'empleados', 'plantilla', 'numero de empleados']),
    field('annual_revenue', false, ['revenue', 'turnover', 'facturacion', 'ingresos', 'facturacion anual']),
  ],
  products: [
    field('sku', false, ['code', 'product code', 'item code', 'reference', 'ref', 'codigo', 'referencia', 'articulo']),
    field('name', true, ['product', 'product name', 'description', 'nombre', 'producto', 'descripcion']),
    field('family', false, ['series', 'category', 'product family', 'familia', 'categoria', 'serie', 'linea']),
    field('kind', false, ['type', 'product type', 'tipo']),
    field('unit_price', true, ['price', 'sales price', 'list price', 'unit price', 'precio', 'pvp', 'precio unitario', 'tarifa']),
    field('currency', false, ['currency code', 'moneda', 'divisa']),
    field('tax_rate', false, ['vat rate', 'tax', 'vat', 'iva', 'tipo iva', 'impuesto']),
    field('active', false, ['enabled', 'activo', 'alta']),
  ],
  opportunities: [
    field('title', true, ['name', 'opportunity', 'opportunity name', 'deal', 'deal name', 'titulo', 'oportunidad', 'nombre']),
    field('customer', false, ['account', 'company', 'customer name', 'client', 'cliente', 'empresa', 'cuenta']),
    field('owner', false, ['sales agent', 'agent', 'sales rep', 'rep', 'owner email', 'comercial', 'vendedor', 'responsable', 'propietario']),
    field('pipeline', false, ['embudo', 'proceso']),
    field('stage', false, ['deal stage', 'sales stage', 'etapa', 'fase']),
    field('status', false, ['state', 'estado']),
    field('amount', false, ['value', 'deal value', 'close value', 'revenue', 'importe', 'valor', 'cantidad']),
    field('currency', false, ['currency code', 'moneda', 'divisa']),
    field('probability', false, ['win probability', 'probabilidad', 'prob']),
    field('expected_close_date', true, ['close date', 'expected close', 'closing date', 'fecha de cierre', 'fecha cierre', 'cierre previsto']),
    field('engage_date', false, ['engaged', 'engagement date', 'fecha de contacto', 'fecha contacto']),
    field('external_ref', false, ['id', 'opportunity id', 'deal id', 'external id', 'referencia externa', 'id externo']),
    field('type', false, ['deal type', 'tipo']),
    field('source', false, ['lead source', 'origen', 'fuente']),
    field('lost_reason', false, ['loss reason', 'motivo', 'motivo de perdida', 'razon de perdida']),
  ],
};
