/** ASCII lower-case letters and digits only: "Cárnicas Núñez" → "carnicasnunez". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
