import DOMPurify from 'dompurify';

interface ProfileProps {
  displayName: string;
  bioHtml: string;
}

export function Profile({ displayName, bioHtml }: ProfileProps) {
  const safeBio = DOMPurify.sanitize(bioHtml, { USE_PROFILES: { html: true } });
  return (
    <section className="profile">
      <h2>{displayName}</h2>
      <div className="bio" dangerouslySetInnerHTML={{ __html: safeBio }} />
    </section>
  );
}
