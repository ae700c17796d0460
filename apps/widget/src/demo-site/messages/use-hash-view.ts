import { useEffect, useState } from 'react';

export interface SiteView {
  view: 'home' | 'messages';
  /** `#messages/CL-XXXX-XXXX`: the case shown in detail. */
  caseReference: string | null;
}

/** The signed-in site's page from the address: `#home`, `#messages`, `#messages/<reference>`. */
export function parseHash(hash: string): SiteView | null {
  if (hash === '' || hash === '#' || hash === '#home') return { view: 'home', caseReference: null };
  const match = /^#messages(?:\/(.+))?$/.exec(hash);
  if (!match) return null;
  return { view: 'messages', caseReference: match[1] ? decodeURIComponent(match[1]) : null };
}

/**
 * Follows the address's hash, so links, Back and Forward move between pages. Other fragments (the
 * skip link's `#main`) leave the page as it is.
 */
export function useHashView(): SiteView {
  const [view, setView] = useState<SiteView>(
    () =>
      parseHash(window.location.hash) ?? {
        view: 'home',
        caseReference: null,
      },
  );
  useEffect(() => {
    const onChange = () => {
      const next = parseHash(window.location.hash);
      if (next) setView(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return view;
}
