<?php
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

$pdo = db();
$id = filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT);
if ($id === false || $id === null) {
    http_response_code(400);
    exit('Invalid product id');
}

$stmt = $pdo->prepare('SELECT name, price, description FROM products WHERE id = :id');
$stmt->execute([':id' => $id]);
$product = $stmt->fetch(PDO::FETCH_ASSOC);
if (!$product) {
    http_response_code(404);
    exit('Not found');
}
?>
<h1><?= htmlspecialchars($product['name'], ENT_QUOTES, 'UTF-8') ?></h1>
<p><?= htmlspecialchars($product['description'], ENT_QUOTES, 'UTF-8') ?></p>
