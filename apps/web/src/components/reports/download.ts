import { getSession } from '../../lib/session';
import { fileName } from './file-name';

/**
 * Downloads an export with the Bearer token (a plain link cannot carry it): fetch, then save the
 * Blob under the server's file name (RFC 5987 filename* first, the ASCII fallback otherwise).
 */
export async function downloadExport(id: string): Promise<void> {
  const session = getSession();
  const res = await fetch(`/exports/${encodeURIComponent(id)}/download`, {
    headers: session ? { authorization: `Bearer ${session.accessToken}` } : {},
  });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName(res.headers.get('content-disposition')) ?? `export-${id}`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the save before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
