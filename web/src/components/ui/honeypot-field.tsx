type HoneypotFieldProps = {
  id: string;
  /** The field name the CMS checks (`homepage`). */
  name: string;
  value: string;
  onChange: (value: string) => void;
};

/**
 * A form field only bots fill in: the CMS drops what comes with it filled in, with the answer a
 * person gets. Not `type="hidden"` (bots skip those): off-screen, out of the tab order, out of
 * the accessibility tree, and never autofilled.
 */
export function HoneypotField({ id, name, value, onChange }: HoneypotFieldProps) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input
        id={id}
        name={name}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
