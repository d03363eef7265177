/** Props of {@link AreaKey}. */
export interface AreaKeyProps {
  /** Area names by id, in display order. */
  names: ReadonlyMap<number, string>;
}

/** The numbered list of area names that goes with a chart whose axes show only the area numbers. */
export function AreaKey({ names }: AreaKeyProps) {
  return (
    <ol className="kk-area-key">
      {[...names].map(([id, name]) => (
        <li key={id} value={id}>
          {name}
        </li>
      ))}
    </ol>
  );
}
