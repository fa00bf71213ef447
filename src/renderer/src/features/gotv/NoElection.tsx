/** What a GOTV tab shows before the chapter has added an election. */
export function NoElection() {
  return (
    <p className="notice notice-info">
      Add an election first (the <a href="#/gotv/elections">Elections</a> tab): its date, counties
      and voter list.
    </p>
  );
}
