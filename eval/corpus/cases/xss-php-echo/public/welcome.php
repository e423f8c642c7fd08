<?php
session_start();
$name = $_GET['name'] ?? 'guest';
$visits = ($_SESSION['visits'] ?? 0) + 1;
$_SESSION['visits'] = $visits;
?>
<!doctype html>
<html>
  <body>
    <h1>Welcome back, <?php echo $name; ?>!</h1>
    <p>This is visit number <?php echo (int) $visits; ?>.</p>
  </body>
</html>
