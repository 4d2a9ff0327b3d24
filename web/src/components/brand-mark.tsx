export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" className="sw-brand-mark">
      <rect width="64" height="64" rx="14" fill="#c8102e" />
      <path
        d="M32 10 50 18v13c0 11-7.5 19.5-18 23-10.5-3.5-18-12-18-23V18z"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinejoin="round"
      />
      <circle cx="32" cy="31" r="6" fill="#fff" />
    </svg>
  );
}
