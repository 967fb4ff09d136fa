import { css } from 'lit';

/**
 * The photo picker and list (`renderPhotos`, `renderPhotoThumbs`). Uses the shared tokens (`--_*`) and
 * the base `.visually-hidden` rule (the real file input keeps its place in the tab order and the
 * accessibility tree; only its look is hidden); the host's own button rules apply to the photo buttons.
 */
// `.photos-add`: looks like the secondary button through form.styles' .button-like
// `.photo-file`: a file name is left-to-right inside Arabic too, and never broken across lines: cut short
// instead
// `@media (prefers-reduced-motion: reduce)`: The indeterminate bar moves on its own (in the browser's shadow,
// out of reach of the base rules); the "Laddar upp …" text beside it says the same without motion.
export const photosStyles = css`
  .photos {
    display: grid;
    gap: var(--_space-3);
    min-inline-size: 0;
  }
  .photos-add {
    justify-self: start;
  }
  .photos-add::before {
    content: '+';
    margin-inline-end: var(--_space-2);
    font-size: 1.25em;
    line-height: 1;
  }
  .photos-input:focus-visible + .photos-add {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .photos-status:empty {
    display: none;
  }
  .photos-list {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .photo {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--_space-3);
    align-items: start;
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .photo--error {
    border-color: var(--_color-danger);
    border-inline-start-width: 6px;
  }
  .photo-preview {
    display: block;
    inline-size: 4.5rem;
    block-size: 4.5rem;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .photo-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .photo-name {
    display: flex;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .photo-file {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_color-text-muted);
  }
  .photo-state {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .photo-state progress {
    inline-size: 6rem;
    max-inline-size: 100%;
    accent-color: var(--_color-accent);
  }
  .photo-state--done {
    color: var(--_color-success);
    font-weight: 600;
  }
  .photo-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .photo-thumbs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
  .photo-thumb {
    inline-size: 3rem;
    block-size: 3rem;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: reduce) {
    .photo-state progress {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .photos-add {
      border-color: ButtonText;
    }
    .photo--error {
      border-color: CanvasText;
    }
  }
`;
