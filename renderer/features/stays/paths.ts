/** Where a resident's page and edit form live (routes of the residents feature). */
export function residentPath(id: string): string {
  return `/residents/${id}`;
}

export function residentEditPath(id: string): string {
  return `/residents/${id}/edit`;
}
