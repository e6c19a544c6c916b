import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface ButtonGroupProps {
  /** The group's name for screen readers, e.g. "Tindakan Periksa". */
  readonly label: string;
  /** Tighter spacing, for rows of small toggle buttons. */
  readonly compact?: boolean;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  compact: { gap: tokens.spacingHorizontalXS },
});

/** A named row of buttons that wraps onto more lines in a narrow pane rather than scrolling. */
export function ButtonGroup({ label, compact = false, children }: ButtonGroupProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={label} className={mergeClasses(styles.root, compact && styles.compact)}>
      {children}
    </div>
  );
}
