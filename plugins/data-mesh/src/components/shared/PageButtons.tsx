import Button from '@material-ui/core/Button';

/** Previous/next buttons for a cursor-paged list; absent handlers disable. */
export function PageButtons(props: {
  goToPreviousPage?: () => void;
  goToNextPage?: () => void;
}) {
  const { goToPreviousPage, goToNextPage } = props;
  return (
    <>
      <Button onClick={goToPreviousPage} disabled={!goToPreviousPage}>
        Previous page
      </Button>
      <Button onClick={goToNextPage} disabled={!goToNextPage}>
        Next page
      </Button>
    </>
  );
}
