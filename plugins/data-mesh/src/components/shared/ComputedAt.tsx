/**
 * A machine-readable timestamp shown in the reader's locale.
 */
export function ComputedAt(props: { value: string }) {
  const date = new Date(props.value);
  const text = Number.isNaN(date.getTime())
    ? props.value
    : date.toLocaleString(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
  return <time dateTime={props.value}>{text}</time>;
}
